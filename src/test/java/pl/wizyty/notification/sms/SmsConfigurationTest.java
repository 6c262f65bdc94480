package pl.wizyty.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SmsConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SmsProperties.class)
    static class WithProperties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithProperties.class, SmsConfiguration.class);

    @Test
    void by_default_no_provider_is_needed_and_every_text_is_reported_as_not_sent() {
        context.run(started -> {
            SmsGateway gateway = started.getBean(SmsGateway.class);

            assertThat(gateway).isInstanceOf(NotConfiguredSmsGateway.class);
            SmsResult result = gateway.send("500100200", "Przypomnienie");
            assertThat(result).isEqualTo(new SmsResult.NotConfigured());
            assertThat(result.sent()).isFalse();
            assertThat(result.retryable()).isFalse();
        });
    }

    @Test
    void enabled_with_url_token_and_sender_the_http_adapter_is_used_with_the_configured_timeouts() {
        context.withPropertyValues("wizyty.sms.enabled=true", "wizyty.sms.url=https://sms.example.pl/sms.do",
                "wizyty.sms.token=abc", "wizyty.sms.sender=UrzadGminy", "wizyty.sms.read-timeout=3s")
                .run(started -> {
                    assertThat(started.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class);
                    SmsProperties properties = started.getBean(SmsProperties.class);
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.maxParts()).isEqualTo(3);
                    assertThat(properties.retryableErrorCodes()).containsExactly(201, 202, 203, 999);
                });
    }

    @Test
    void enabled_without_a_token_the_application_does_not_start_and_says_which_setting_is_missing() {
        context.withPropertyValues("wizyty.sms.enabled=true", "wizyty.sms.url=https://sms.example.pl/sms.do")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wizyty.sms.token"));
    }

    @Test
    void enabled_without_an_address_the_application_does_not_start_and_says_which_setting_is_missing() {
        context.withPropertyValues("wizyty.sms.enabled=true", "wizyty.sms.token=abc")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wizyty.sms.url"));
    }

    @Test
    void a_sender_name_longer_than_eleven_characters_is_refused_at_start() {
        context.withPropertyValues("wizyty.sms.enabled=true", "wizyty.sms.url=https://sms.example.pl/sms.do",
                "wizyty.sms.token=abc", "wizyty.sms.sender=UrzadGminyAleksandrow")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("wizyty.sms.sender"));
    }
}
