package com.atiende.web.common;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Links to a download of what a filtered list shows: the list's filter as the query, the values that are set. */
public final class DownloadLinks {

    private DownloadLinks() {
    }

    /**
     * {@code path} (from the application's root) with the parameters that have a value, in their order.
     *
     * @param parameters names and values; a null value is left out
     */
    public static String of(String path, Map<String, Object> parameters) {
        String query = parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "="
                        + URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String link = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
        return query.isEmpty() ? link : link + "?" + query;
    }
}
