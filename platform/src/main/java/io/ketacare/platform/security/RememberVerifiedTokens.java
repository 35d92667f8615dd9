package io.ketacare.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Remembers, in {@link VerifiedTokens}, the identity each verified bearer token gave. */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null) {
            tokens.remember(credential.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }

    /** After every other augmentor, so that the identity remembered is the final one. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }
}
