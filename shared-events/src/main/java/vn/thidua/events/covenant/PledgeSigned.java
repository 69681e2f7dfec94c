package vn.thidua.events.covenant;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.recognition.Title;

public record PledgeSigned(
    String covenantId,
    String clusterId,
    int year,
    String unitId,
    String signerName,
    String signerRole,
    LocalDate signedOn,
    List<Title> registeredTitles) {}
