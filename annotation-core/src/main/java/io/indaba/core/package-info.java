package io.indaba.core;
