/** The plugin SPI: drafting and inference interfaces with no third-party dependencies. */
package io.indaba.plugin;
