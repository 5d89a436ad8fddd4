/** Helpers shared by the stages; not part of Sitrep's API and free to change. */
package org.sitrep.internal;
