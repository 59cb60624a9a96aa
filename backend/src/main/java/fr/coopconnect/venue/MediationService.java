package fr.coopconnect.venue;

/**
 * The support a venue offers, as the national schema of digital-inclusion places lists it (its {@code services}
 * field); {@link #label} is the schema's own wording, exported as is.
 */
public enum MediationService {
    ADMINISTRATIVE_PROCEDURES("Aide aux démarches administratives"),
    EVERYDAY_DIGITAL_TOOLS("Maîtrise des outils numériques du quotidien"),
    PROFESSIONAL_INTEGRATION("Insertion professionnelle via le numérique"),
    SAFE_USE("Utilisation sécurisée du numérique"),
    PARENTING_AND_EDUCATION("Parentalité et éducation avec le numérique"),
    LEISURE_AND_CREATION("Loisirs et créations numériques"),
    UNDERSTANDING_DIGITAL_WORLD("Compréhension du monde numérique"),
    INTERNET_AND_EQUIPMENT_ACCESS("Accès internet et matériel informatique"),
    AFFORDABLE_EQUIPMENT("Acquisition de matériel informatique à prix solidaire");

    public final String label;

    MediationService(String label) {
        this.label = label;
    }
}
