/** The library's root package: the exception every other package's exceptions extend. */
package org.migrationmodel;
