package strongroom.cli.audit;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import strongroom.secrets.audit.AuditAction;

/** Reads {@code --action} by its stored name ({@code create}, {@code resolve}, {@code key_rotate}…). */
final class AuditActionConverter implements ITypeConverter<AuditAction> {
  static final String NAMES = Arrays.stream(AuditAction.values()).map(AuditAction::wireName)
      .collect(Collectors.joining(", "));

  @Override
  public AuditAction convert(String value) {
    try {
      return AuditAction.fromWireName(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("must be one of " + NAMES);
    }
  }
}
