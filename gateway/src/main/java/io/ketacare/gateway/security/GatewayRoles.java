package io.ketacare.gateway.security;

/** Realm roles of the ketacare realm, as the gateway checks them before relaying a token. */
public final class GatewayRoles {
    public static final String ADMIN = "admin";
    public static final String CLINICIAN = "clinician";
    public static final String NURSE = "nurse";
    public static final String SCHEDULER = "scheduler";
    public static final String PATIENT = "patient";
    public static final String INTEGRATOR = "integrator";

    private GatewayRoles() {
    }
}
