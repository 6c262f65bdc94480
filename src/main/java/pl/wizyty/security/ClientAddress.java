package pl.wizyty.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served, as the servlet container reports it: behind a trusted
 * proxy that is the X-Forwarded-For address (server.forward-headers-strategy=native). Empty outside a web request
 * (start-up tasks, tests of services).
 */
@Component
public class ClientAddress {

    public Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest()).map(HttpServletRequest::getRemoteAddr)
                : Optional.empty();
    }
}
