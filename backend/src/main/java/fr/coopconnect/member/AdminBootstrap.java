package fr.coopconnect.member;

import fr.coopconnect.common.StartupLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
        EntityManager em = Member.getEntityManager();
        StartupLock.hold(em);
        // A native statement, not an entity query: this is the first query of every start, and Hibernate's query
        // machinery would be initialised here (~0.2 s) rather than by the first request that needs it.
        int promoted = em.createNativeQuery("UPDATE member SET network_admin = true WHERE lower(email) = lower(?1)")
                .setParameter(1, email.get()).executeUpdate();
        if (promoted == 0) {
            members.create(email.get(), password.get(), "Administration du réseau", true);
            LOG.infof("Created the network-admin account %s", email.get());
        }
    }
}
