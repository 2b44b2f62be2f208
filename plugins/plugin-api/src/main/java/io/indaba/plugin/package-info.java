package io.indaba.plugin;
