/**
 * The one way panels run engine calls: {@link org.tokenscope.views.jobs.JobRunner}. A view model takes a
 * {@code JobRunner} in its constructor, starts work with
 * {@code jobs.task(title, (progress, cancel) -> engine.call(..., progress, cancel)).onSuccess(...).start()},
 * and is tested with {@link org.tokenscope.views.jobs.JobRunner#sameThread}. Running jobs appear in the
 * status bar ({@link org.tokenscope.views.jobs.JobsStatusView}) with progress and a cancel button; failures
 * open the standard error dialog and leave the view model as it was.
 */
package org.tokenscope.views.jobs;
