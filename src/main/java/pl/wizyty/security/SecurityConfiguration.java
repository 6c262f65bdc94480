package pl.wizyty.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in through Vaadin's security configurer: views declare who may open them, services declare who may call
 * them. The session id changes at sign-in (Spring Security's default session-fixation protection).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, but not on Vaadin components.
     * Spring's own jsr250 support would wrap every view carrying one of these annotations in a CGLIB proxy (Vaadin
     * creates views as Spring beans), so the router would hold a proxy whose fields are empty and which does not
     * serialize with the session. Views are already guarded by Vaadin's navigation access control.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationOutsideViews() {
        ComposablePointcut servicesOnly = new ComposablePointcut(
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection((Class<?> type) -> !Component.class.isAssignableFrom(type));
        var interceptor = new AuthorizationManagerBeforeMethodInterceptor(servicesOnly,
                new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles.css", "/accessibility.css", "/consent.css", "/favicon.ico")
                .permitAll());
        http.with(vaadin(), vaadin -> vaadin.loginView("/" + SecurityPaths.LOGIN, "/"));
        return http.build();
    }

    /** Hashes with BCrypt today and still reads any older scheme by its {id} prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
