package nl.kabiz.smr.notification;

/** Whether a case reference belongs to a case of any procedure (running or closed). */
public interface KnownCases {

    boolean exists(String caseReference);
}
