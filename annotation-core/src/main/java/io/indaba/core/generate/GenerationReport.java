package io.indaba.core.generate;

/**
 * How a generation run went.
 *
 * @param job        the job's id in the project
 * @param resumed    whether the run picked up a job left unfinished
 * @param server     the server's identity as it gave it
 * @param requested  samples this run asked for (those already stored are not asked again)
 * @param generated  candidates stored by this run
 * @param failed     samples that failed for good (a rerun asks for them again)
 * @param truncated  stored responses cut by the token limit
 * @param offTarget  stored responses mostly in a script the requested language does not use, or identified as
 *                   another language
 * @param lastError  the last failure's message, or null
 */
public record GenerationReport(long job, boolean resumed, String server, int requested, int generated, int failed,
                               int truncated, int offTarget, String lastError) {
}
