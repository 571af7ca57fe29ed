package nl.kabiz.smr.coach;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/coaches/import} (administrators, body {@code text/csv}): loads or refreshes the register from a
 * CSV export, all or nothing; see {@link CoachCsvImport} for the format and the error report.
 */
@RestController
@RequestMapping("/api/coaches")
class CoachImportController {

    private final CoachCsvImport csvImport;

    CoachImportController(CoachCsvImport csvImport) {
        this.csvImport = csvImport;
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    CoachCsvImport.Result importCsv(@RequestBody(required = false) String csv) {
        return csvImport.importCsv(csv);
    }
}
