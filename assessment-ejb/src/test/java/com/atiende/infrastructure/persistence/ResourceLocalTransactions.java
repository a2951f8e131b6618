package com.atiende.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * {@link RetryingTransactions} outside the container, for tests of jobs on a real database from several threads:
 * each unit of work gets a resource-local transaction and a fresh persistence context of its own, seen by the beans
 * {@link #inject injected} here through one shared entity manager, as the container's transaction-scoped one is, and
 * is run again when it lost a race, as in production.
 */
public final class ResourceLocalTransactions extends RetryingTransactions {

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final EntityManager shared;

    public ResourceLocalTransactions(EntityManagerFactory factory) {
        this.factory = factory;
        this.shared = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    EntityManager entityManager = current.get();
                    if (entityManager == null) {
                        throw new IllegalStateException("no transaction: " + method.getName());
                    }
                    try {
                        return method.invoke(entityManager, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The bean with its {@code @PersistenceContext} field set to the entity manager of the current unit of work. */
    public <T> T inject(T bean) {
        try {
            for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType() == EntityManager.class) {
                        field.setAccessible(true);
                        field.set(bean, shared);
                    }
                }
            }
            return bean;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T run(Supplier<T> work) {
        for (int run = 1; ; run++) {
            EntityManager entityManager = factory.createEntityManager();
            EntityTransaction transaction = entityManager.getTransaction();
            current.set(entityManager);
            try {
                transaction.begin();
                T result = work.get();
                entityManager.flush();
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                if (!isLostRace(e) || run == RUNS) {
                    throw e;
                }
            } finally {
                current.remove();
                entityManager.close();
            }
        }
    }
}
