package nl.kabiz.smr.extramodule;

/**
 * The port the EXTRA-module domain owns and the engine adapter implements ({@code ExtraModuleProcessAdapter}):
 * start the procedure for a stored application, in the caller's transaction.
 */
public interface ExtraModuleProcedure {

    /** Starts process {@code extraModuleApplication} for the application, its reference as business key. */
    void start(ExtraModuleApplication application);
}
