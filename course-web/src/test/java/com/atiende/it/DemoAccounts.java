package com.atiende.it;

/** The demo accounts the integration server starts with (ATIENDE_DEMO), one per role, as README lists them. */
public enum DemoAccounts {
    EMPLOYEE("empleada@demo.atiende"),
    TRAINER("formador@demo.atiende"),
    HR("rrhh@demo.atiende"),
    ADMIN("admin@demo.atiende");

    public static final String PASSWORD = "Atiende-demo-2026";

    private final String email;

    DemoAccounts(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }
}
