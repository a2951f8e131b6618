package com.atiende.infrastructure.persistence.jpa;

import com.atiende.domain.course.Course;
import com.atiende.domain.course.CourseRepository;
import com.atiende.infrastructure.persistence.eclipselink.ReadOnlyContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Course versions through the {@code Course.*} named queries; joins the caller's transaction. */
@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "atiende")
    private EntityManager entityManager;

    @Override
    public void openForPublishing() {
        ReadOnlyContent.allowChangesInThisTransaction(entityManager);
    }

    @Override
    public List<Course> findPublished() {
        return entityManager.createNamedQuery("Course.findPublished", Course.class).getResultList();
    }

    @Override
    public Optional<Course> findPublished(String code) {
        return entityManager.createNamedQuery("Course.findPublishedByCode", Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Course> findLatest(String code) {
        return entityManager.createNamedQuery("Course.findLatestByCode", Course.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Course> find(String code, int version) {
        return entityManager.createNamedQuery("Course.findByCodeAndVersion", Course.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Course> findForReading(long courseId) {
        // By id and without query hints, so that the shared cache answers without a query once the version has been
        // read (a hint makes EclipseLink run a query); content is a read-only class (ReadOnlyContent), so the cached
        // object itself is returned, not a copy.
        return Optional.ofNullable(entityManager.find(Course.class, courseId));
    }

    @Override
    public void store(Course course) {
        if (course.getId() == null) {
            entityManager.persist(course);
        }
    }
}
