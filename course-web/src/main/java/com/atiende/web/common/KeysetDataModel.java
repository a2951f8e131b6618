package com.atiende.web.common;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table paged by key: each page is read as the rows after the last row of the page before it, never by
 * OFFSET, so a page deep in a list that grows without bound costs what the first one does. The model keeps the key
 * each page it has shown starts after, which is what previous and next need; the total still comes from a COUNT.
 *
 * <p>The tables offer first, previous and next only. A page further than the ones shown (the table asked for
 * another page after a new filter) is reached by walking forward a page at a time, at most {@link #MAX_WALK} pages;
 * beyond that it is empty, as a page past the end would be.
 *
 * @param <T> a row, a serializable record
 * @param <K> the key of a row: the columns the list is ordered by, ending with a unique one
 */
public abstract class KeysetDataModel<T, K extends Serializable> extends LazyDataModel<T> {

    /** The most pages a single request reads to reach a page it has not shown. */
    static final int MAX_WALK = 10;

    private static final long serialVersionUID = 1L;

    /** At index i, the key page i starts after; page 0 starts at the beginning (null). */
    private final ArrayList<K> starts = new ArrayList<>();

    private int pageSize;

    /** How many rows the list has in all. */
    protected abstract long total();

    /** The first {@code size} rows after the row of this key, or from the beginning when {@code after} is null. */
    protected abstract List<T> page(K after, int size);

    protected abstract K keyOf(T row);

    /** Forgets the pages shown: the list's filter changed, so their keys say nothing about the new one. */
    public void restart() {
        starts.clear();
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(total());
    }

    @Override
    public List<T> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (size != pageSize) {
            restart();
            pageSize = size;
        }
        if (starts.isEmpty()) {
            starts.add(null);
        }
        int wanted = first / size;
        int index = Math.min(wanted, starts.size() - 1);
        if (wanted - index > MAX_WALK) {
            return List.of();
        }
        List<T> rows = page(starts.get(index), size);
        while (true) {
            if (rows.size() == size) {
                remember(index + 1, keyOf(rows.get(rows.size() - 1)));
            }
            if (index == wanted) {
                return rows;
            }
            if (rows.size() < size) {
                return List.of();
            }
            index++;
            rows = page(starts.get(index), size);
        }
    }

    /** Notes where page {@code index} starts; if that moved (rows came or went), the later starts are forgotten. */
    private void remember(int index, K start) {
        if (index < starts.size()) {
            if (Objects.equals(starts.get(index), start)) {
                return;
            }
            starts.subList(index, starts.size()).clear();
        }
        starts.add(start);
    }
}
