/** The user's inference servers (with their API keys) and LLM drafters: settings file, page and wiring. */
package io.indaba.app.backends;
