package org.corpusbench.adminuser.internal;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/** Stands in for Karaf's properties module: accepts {@code admin}/{@code right}, counting its calls in option {@code calls}. */
public final class FakePasswordModule implements LoginModule {
    private Subject subject;
    private CallbackHandler handler;
    private AtomicInteger calls;
    private boolean succeeded;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        this.calls = (AtomicInteger) options.get("calls");
    }

    @Override
    public boolean login() throws LoginException {
        calls.incrementAndGet();
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException(e.getMessage());
        }
        succeeded = "admin".equals(name.getName()) && "right".equals(new String(password.getPassword()));
        if (!succeeded) {
            throw new FailedLoginException("login failed");
        }
        return true;
    }

    @Override
    public boolean commit() {
        if (succeeded) {
            subject.getPrincipals().add(new RolePrincipal("corpus-admin"));
        }
        return succeeded;
    }

    @Override
    public boolean abort() {
        return succeeded;
    }

    @Override
    public boolean logout() {
        return true;
    }
}
