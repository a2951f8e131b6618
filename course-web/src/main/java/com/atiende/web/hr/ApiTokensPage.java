package com.atiende.web.hr;

import com.atiende.assessment.account.AccountProblem;
import com.atiende.assessment.account.ApiTokenService;
import com.atiende.assessment.account.ApiTokenView;
import com.atiende.web.common.KeysetDataModel;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * HR and administrators manage their personal API tokens; a new token's secret is shown once, here. The tokens are
 * listed newest first, paged by key, since nothing bounds how many a person creates over the years.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiTokenService tokens;

    @Inject
    private CurrentUser currentUser;

    @NotBlank(message = "{token.label.required}")
    @Size(max = 120, message = "{token.label.tooLong}")
    private String label;

    @NotEmpty(message = "{token.scopes.required}")
    private List<String> scopes = new ArrayList<>();

    // An Integer, so that an emptied field is told it is empty, next to it, instead of arriving as 0.
    @NotNull(message = "{token.days.range}")
    @Min(value = 1, message = "{token.days.range}")
    @Max(value = ApiTokenService.MAX_DAYS, message = "{token.days.range}")
    private Integer days = 90;

    private String newSecret;

    private final KeysetDataModel<ApiTokenView, ApiTokenView.Key> mine = new KeysetDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return tokens.countOf(currentUser.learnerId());
        }

        @Override
        protected List<ApiTokenView> page(ApiTokenView.Key after, int size) {
            return tokens.tokensOf(currentUser.learnerId(), after, size);
        }

        @Override
        protected ApiTokenView.Key keyOf(ApiTokenView token) {
            return token.key();
        }

        @Override
        public String getRowKey(ApiTokenView token) {
            return Long.toString(token.id());
        }
    };

    public KeysetDataModel<ApiTokenView, ApiTokenView.Key> getMine() {
        return mine;
    }

    public List<String> getAvailableScopes() {
        return ApiTokenService.SCOPES.stream().sorted().toList();
    }

    public void create() {
        try {
            newSecret = tokens.create(currentUser.learnerId(), label, new HashSet<>(scopes), days).secret();
            label = null;
            scopes = new ArrayList<>();
            Messages.info("token.created");
        } catch (AccountProblem problem) {
            Messages.error(null, problem);
        }
    }

    public void revoke(long tokenId) {
        try {
            tokens.revoke(currentUser.learnerId(), currentUser.isAdmin(), tokenId);
            Messages.info("token.revoked");
        } catch (AccountProblem problem) {
            Messages.error(null, problem);
        }
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
