/** Pairwise votes as displayed, and their canonical A/B orientation used by every agreement measure. */
package io.indaba.core.stats.vote;
