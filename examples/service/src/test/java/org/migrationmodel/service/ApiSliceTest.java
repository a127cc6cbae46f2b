package org.migrationmodel.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * Spring's web slice with the service's controllers and problem handler, plus the components they
 * read programmes with, which the slice alone leaves out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({ProgrammeRecords.class, RequestBodies.class, Readers.class, RuleCatalogue.class})
@interface ApiSliceTest {}
