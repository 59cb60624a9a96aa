package fr.coopconnect.member;

/** What a member does, as they declare it. */
public enum MemberStatus {
    TELEWORKER, FREELANCER, ENTREPRENEUR, STUDENT, OTHER
}
