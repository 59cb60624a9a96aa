package fr.coopconnect.member;

import fr.coopconnect.common.StartupLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** Creates the first network-admin from COOPCONNECT_ADMIN_EMAIL / COOPCONNECT_ADMIN_PASSWORD. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "coopconnect.admin.email")
    Optional<String> email;

    @ConfigProperty(name = "coopconnect.admin.password")
    Optional<String> password;

    @Inject
    MemberService members;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        StartupLock.hold(Member.getEntityManager());
        Member.findByEmail(email.get()).ifPresentOrElse(
                existing -> existing.networkAdmin = true,
                () -> {
                    members.create(email.get(), password.get(), "Administration du réseau", true);
                    LOG.infof("Created the network-admin account %s", email.get());
                });
    }
}
