package io.indaba.app;
