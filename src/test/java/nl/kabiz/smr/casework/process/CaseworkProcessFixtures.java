package nl.kabiz.smr.casework.process;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The kernel's engine helpers for tests that run without Spring (process tests on a plain engine). */
public final class CaseworkProcessFixtures {

    private CaseworkProcessFixtures() {
    }

    public static FormDocumentList formDocumentList() {
        return new FormDocumentList(new ObjectMapper());
    }
}
