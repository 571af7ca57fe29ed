package nl.kabiz.smr.document;

/** Whether a user has open work on a case (a supervisor may read only the documents of cases they assess). */
public interface CaseAssignments {

    boolean hasOpenTask(String userId, String caseReference);
}
