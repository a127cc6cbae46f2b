/** Code shared between the library's packages; not exported from the module, not API. */
package org.migrationmodel.internal;
