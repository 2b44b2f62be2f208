/**
 * What every workspace shares and nothing above it: the UI text ({@link io.indaba.app.common.Messages}), the
 * workspace contract and the open project's session, the user's folder and settings, and the drafters the wiring
 * hands in. Uses no app package but {@code tasks}; see {@code docs/decisions/0016-app-package-layout.md}.
 */
package io.indaba.app.common;
