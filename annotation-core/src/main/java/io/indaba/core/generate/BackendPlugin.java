package io.indaba.core.generate;

import io.indaba.plugin.BackendDescriptor;
import io.indaba.plugin.InferenceBackend;

/**
 * One back-end plugin as found at start-up: where it came from and whether it can be used, with the reason when not.
 *
 * @param name    its id, or its class or jar name when it could not say
 * @param origin  {@code built-in} or the jar it was loaded from
 * @param backend the plugin, null when disabled
 * @param reason  why it is disabled, null when enabled
 */
public record BackendPlugin(String name, String displayName, String protocol, String origin, InferenceBackend backend,
                            String reason) {

    static BackendPlugin enabled(BackendDescriptor d, String origin, InferenceBackend backend) {
        return new BackendPlugin(d.id(), d.displayName(), d.protocol(), origin, backend, null);
    }

    static BackendPlugin disabled(String name, String protocol, String origin, String reason) {
        return new BackendPlugin(name, name, protocol, origin, null, reason);
    }

    /** Whether it can be used. */
    public boolean isEnabled() {
        return backend != null;
    }
}
