package nl.kabiz.smr.system;

import java.util.List;

/** The Camunda groups of the application; Spring authorities are {@code GROUP_<id>}. */
public final class Groups {

    public static final String CASEWORKERS = "caseworkers";
    public static final String SUPERVISORS = "supervisors";
    public static final String COMMISSION = "commission";
    public static final String PORTAL = "portal";
    /** Functional administrators: may retry a failed job (a mail) in Cockpit, nothing else that changes a case. */
    public static final String OPERATORS = "operators";
    public static final String ADMIN = "camunda-admin";

    public static final String AUTHORITY_PREFIX = "GROUP_";

    /** Dutch names shown in Camunda Admin. */
    static final List<String[]> ALL = List.of(
            new String[] {CASEWORKERS, "Behandelaars KABIZ"},
            new String[] {SUPERVISORS, "Supervisoren"},
            new String[] {COMMISSION, "Kwaliteitscommissie SMR"},
            new String[] {PORTAL, "KABIZ-portaal (service-account)"},
            new String[] {OPERATORS, "Functioneel beheer (mislukte mail opnieuw versturen)"},
            new String[] {ADMIN, "Beheerders"});

    private Groups() {
    }

    public static String authority(String groupId) {
        return AUTHORITY_PREFIX + groupId;
    }
}
