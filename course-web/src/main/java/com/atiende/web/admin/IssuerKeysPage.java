package com.atiende.web.admin;

import com.atiende.assessment.credential.IssuerKeyService;
import com.atiende.assessment.credential.SigningKeyView;
import com.atiende.web.common.Messages;
import com.atiende.web.security.CurrentUser;
import com.atiende.web.verify.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The key that signs the Open Badge credentials, the keys it replaced (still published, so that what they signed
 * verifies), and its rotation, which the page asks the administrator to confirm first. Request-scoped: the page
 * keeps nothing between requests, and reads the keys again after a rotation.
 */
@Named
@RequestScoped
public class IssuerKeysPage {

    @EJB
    private IssuerKeyService issuerKeys;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ClientAddress clientAddress;

    private IssuerKeyService.SigningKeys keys;

    public SigningKeyView getCurrent() {
        return keys().current();
    }

    public List<SigningKeyView> getRetired() {
        return keys().retired();
    }

    public void rotate() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String address = issuerKeys.rotate(currentUser.email(), clientAddress.of(request));
        keys = null;
        Messages.info("keys.rotated", address);
    }

    private IssuerKeyService.SigningKeys keys() {
        if (keys == null) {
            keys = issuerKeys.keys();
        }
        return keys;
    }
}
