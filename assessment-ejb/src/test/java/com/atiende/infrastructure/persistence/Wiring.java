package com.atiende.infrastructure.persistence;

import java.lang.reflect.Field;

/**
 * Sets a bean's injected fields by hand, for tests of the application services outside the container together with
 * {@link ResourceLocalTransactions}: each field that one of the parts fits gets it, as {@code @Inject} and
 * {@code @EJB} would; the others stay null, so a test wires only what the paths it takes use.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T wire(T bean, Object... parts) {
        for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                for (Object part : parts) {
                    if (field.getType().isInstance(part)) {
                        set(bean, field, part);
                    }
                }
            }
        }
        return bean;
    }

    private static void set(Object bean, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
