package pl.wizyty.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.component.Component;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Sign-in through Vaadin's security configurer: views declare who may open them, services declare who may call
 * them. The session id changes at sign-in (Spring Security's default session-fixation protection). The response
 * headers of the HTTP edge are {@link HttpEdge}'s.
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

    /**
     * The sign-in form authenticates through the one {@link AuthenticationManager} bean (the account feature's guard
     * with its backoff and audit), every {@link LogoutHandler} bean runs at sign-out, and each sign-in is noted in
     * {@link AccountSessions}.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn,
            List<LogoutHandler> logoutHandlers, AccountSessions accountSessions, SessionProperties sessions,
            Clock clock, HttpEdge edge) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles.css", "/accessibility.css", "/consent.css", "/desk.css", "/favicon.ico")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.authenticationManager(signIn);
        http.logout(logout -> logoutHandlers.forEach(logout::addLogoutHandler));
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(accountSessions));
        http.addFilterBefore(new SessionLifetimeFilter(sessions, clock), SecurityContextHolderFilter.class);
        http.addFilterBefore(new PersonalResponses(), HeaderWriterFilter.class);
        http.headers(edge::configure);
        http.with(vaadin(), vaadin -> vaadin.loginView("/" + SecurityPaths.LOGIN, "/")
                .anyRequest(url -> url.access(SecurityConfiguration::readingOnly)));
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(new SessionLostEntryPoint("/" + SecurityPaths.LOGIN)));
        return http.build();
    }

    /**
     * What no other rule covers: an address that is no route (a typo, an old link). Vaadin's configurer denies these
     * by default, so a signed-in person got the servlet container's bare "403" and an anonymous one was sent to sign
     * in; letting the page request through lets Vaadin's router answer with the portal's own "page not found" in the
     * frame, in the person's language, with status 404. Secured routes keep their own rule (sign-in first), and
     * views are guarded by Vaadin's navigation access control. Only reading is let through, so that anything other
     * than a page request to an unknown address stays refused.
     */
    private static AuthorizationResult readingOnly(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        String method = context.getRequest().getMethod();
        return new AuthorizationDecision("GET".equals(method) || "HEAD".equals(method));
    }

    /** BCrypt at a chosen work factor, see {@link PasswordHashing}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
