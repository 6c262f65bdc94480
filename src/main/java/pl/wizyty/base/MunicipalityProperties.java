package pl.wizyty.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything that names the municipality running the portal. Nothing about the municipality is written anywhere
 * else in the code: another town hall changes only these properties ({@code wizyty.municipality.*}).
 */
@Validated
@ConfigurationProperties(prefix = "wizyty.municipality")
public record MunicipalityProperties(
        @DefaultValue("Portal e-Urząd") @NotBlank String portalName,
        @DefaultValue("Gmina Aleksandrów Kujawski") @NotBlank String municipalityName,
        @DefaultValue @Valid DataController dataController,
        @DefaultValue("urzad@aleksandrowkujawski.pl") @NotBlank String contactEmail,
        @DefaultValue("+48 54 282 00 00") @NotBlank String contactPhone,
        @DefaultValue("iod@aleksandrowkujawski.pl") @NotBlank String dataProtectionOfficerEmail,
        List<@Valid Logo> logos) {

    public MunicipalityProperties {
        logos = logos == null ? List.of() : List.copyOf(logos);
    }

    /** The controller of personal data, as the law requires it to be named. */
    public record DataController(
            @DefaultValue("Gmina Aleksandrów Kujawski") @NotBlank String name,
            @DefaultValue("ul. Słowackiego 12") @NotBlank String street,
            @DefaultValue("87-700 Aleksandrów Kujawski") @NotBlank String postalCodeAndCity) {

        public String fullAddress() {
            return street + ", " + postalCodeAndCity;
        }
    }

    /** A logo of a project that funded the portal, shown in the footer. */
    public record Logo(@NotBlank String image, @NotBlank String alt, String link) {
    }
}
