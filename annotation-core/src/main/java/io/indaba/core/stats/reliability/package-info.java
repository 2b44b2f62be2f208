/**
 * How far one annotator's judgements can be trusted: agreement with the others' majority, intransitive
 * triples, consistency on swapped-order repeats, and position and length bias.
 */
package io.indaba.core.stats.reliability;
