package fr.coopconnect.common;

import jakarta.persistence.EntityManager;

/** Serialises start-up work across replicas that start together (one transaction-scoped lock). */
public final class StartupLock {

    private static final long KEY = 0x636f6f70L;

    private StartupLock() {
    }

    /** Holds the lock until the calling transaction ends. */
    public static void hold(EntityManager em) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
    }
}
