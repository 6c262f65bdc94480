package pl.wizyty.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** In tests the SMS gateway records instead of calling a provider. */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestSmsConfiguration {

    @Bean
    @Primary
    RecordingSmsGateway recordingSmsGateway() {
        return new RecordingSmsGateway();
    }
}
