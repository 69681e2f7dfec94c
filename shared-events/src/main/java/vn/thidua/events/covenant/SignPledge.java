package vn.thidua.events.covenant;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.events.recognition.Title;

/**
 * A member unit signs the covenant: who signed (a person's name, personal data), in which position
 * (e.g. Chánh án), on which day, and the titles the unit registers for (đăng ký thi đua).
 */
public record SignPledge(
    @TargetAggregateIdentifier String covenantId,
    String unitId,
    String signerName,
    String signerRole,
    LocalDate signedOn,
    List<Title> registeredTitles) {}
