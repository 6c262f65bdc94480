package pl.wizyty.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link SmsGateway}: the HTTP adapter when {@code wizyty.sms.enabled=true}, otherwise one that sends nothing. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    SmsGateway smsGateway(SmsProperties properties) {
        if (!properties.enabled()) {
            log.info("SMS are off (wizyty.sms.enabled=false): no text is sent");
            return new NotConfiguredSmsGateway();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(properties);
        log.info("SMS go to the provider at {}", properties.url().getHost());
        return gateway;
    }
}
