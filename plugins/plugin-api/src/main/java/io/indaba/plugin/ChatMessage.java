package io.indaba.plugin;

/** One turn of a conversation: role ({@code system}, {@code user}, {@code assistant}) and its text. */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        if (role == null || role.isBlank() || content == null) {
            throw new IllegalArgumentException("a chat message needs a role and content");
        }
    }
}
