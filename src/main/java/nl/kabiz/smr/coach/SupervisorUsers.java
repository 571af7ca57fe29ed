package nl.kabiz.smr.coach;

/** The identity side of a supervisor: is this user allowed to assess (member of the supervisors group)? */
public interface SupervisorUsers {

    boolean isSupervisor(String userId);
}
