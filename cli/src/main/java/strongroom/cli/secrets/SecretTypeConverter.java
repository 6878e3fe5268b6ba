package strongroom.cli.secrets;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import strongroom.secrets.SecretType;
import strongroom.secrets.ValidationException;

/** Reads {@code --type} by its wire name ({@code custom}, {@code ssh_key}, {@code mtls}, {@code ca_cert}). */
public final class SecretTypeConverter implements ITypeConverter<SecretType> {
  @Override
  public SecretType convert(String value) {
    try {
      return SecretType.fromWireName(value);
    } catch (ValidationException e) {
      throw new TypeConversionException(e.violations().get(0).message());
    }
  }
}
