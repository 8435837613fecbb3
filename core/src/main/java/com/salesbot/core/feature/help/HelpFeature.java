package com.salesbot.core.feature.help;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;

/**
 * 帮助: the command menu, built by the engine from every registered command's help line. The engine also shows
 * it for anything not understood, so nobody meets silence; this feature adds the phrases that ask for it.
 */
public final class HelpFeature implements ChatFeature {
    public static final Command HELP = Command.forEveryone("help", "【帮助】显示这个菜单", "帮助", "help", "/help", "菜单",
            "怎么用", "你能做什么", "你会什么", "功能", "?", "你好", "您好", "hi", "hello", "在吗", "在么", "使用说明", "帮忙",
            "命令");

    @Override
    public void register(ChatRoutes routes) {
        var menu = routes.menu();
        routes.command(HELP, (request, arguments) -> menu.show(request, true));
    }
}
