package com.salesbot.adapters.wecom.tag;

import com.salesbot.adapters.wecom.send.WecomErrors;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalTagGroupInfo;
import me.chanjar.weixin.cp.bean.external.WxCpUserExternalTagGroupList;

/**
 * Writes conversation scenario tags (询价, 投诉, 续费 ...) back to WeCom as corp customer tags (R16): keeps them in
 * one tag group (created on first use), creates missing tags with add_corp_tag, caches name → tag id in the shared
 * {@link KeyValueStore}, and marks them on an external contact with mark_tag. The client must use a secret allowed
 * to call customer-contact APIs (客户联系 secret, or the app listed under 可调用应用).
 */
public final class WecomCustomerTagWriter {
    public static final Duration CACHE_TTL = Duration.ofHours(24);
    /** add_corp_tag: the tag name already exists (another instance created it first). */
    static final int TAG_NAME_EXISTS = 40071;
    /** mark_tag: a tag id no longer exists (deleted in the admin console). */
    static final int INVALID_TAG_ID = 40068;
    static final int MAX_TAG_NAME_CHARS = 30;

    private final WxCpService cp;
    private final KeyValueStore cache;
    private final String groupName;

    public WecomCustomerTagWriter(WxCpService cp, KeyValueStore cache, String groupName) {
        this.cp = cp;
        this.cache = cache;
        this.groupName = groupName;
    }

    /**
     * Adds the tags to the external contact as seen by the member userId. Never throws for platform errors.
     */
    public SendResult markTags(String userId, String externalUserId, Collection<String> tagNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String n : tagNames) {
            if (!isValidName(n)) {
                return new SendResult.Permanent("wecom corp tag names need 1.." + MAX_TAG_NAME_CHARS
                        + " characters: " + tagNames);
            }
            names.add(n.strip());
        }
        if (names.isEmpty()) {
            return new SendResult.Permanent("no tag names to mark");
        }
        try {
            try {
                return mark(userId, externalUserId, tagIds(names));
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() != INVALID_TAG_ID) {
                    throw e;
                }
                names.forEach(n -> cache.delete(cacheKey(n)));
                return mark(userId, externalUserId, tagIds(names));
            }
        } catch (WxErrorException | RuntimeException e) {
            return WecomErrors.classify(e);
        }
    }

    /** Tag ids for these names, creating the group and any missing tags. */
    public Map<String, String> tagIds(Collection<String> tagNames) throws WxErrorException {
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : tagNames) {
            Optional<String> cached = cache.get(cacheKey(name));
            cached.ifPresentOrElse(id -> ids.put(name, id), () -> missing.add(name));
        }
        if (!missing.isEmpty()) {
            ids.putAll(resolve(missing));
        }
        return ids;
    }

    private SendResult mark(String userId, String externalUserId, Map<String, String> ids) throws WxErrorException {
        cp.getExternalContactService().markTag(userId, externalUserId, ids.values().toArray(String[]::new), null);
        return new SendResult.Sent();
    }

    private Map<String, String> resolve(List<String> missing) throws WxErrorException {
        Map<String, String> found = lookUp(missing);
        List<String> toCreate = missing.stream().filter(n -> !found.containsKey(n)).toList();
        if (!toCreate.isEmpty()) {
            try {
                found.putAll(create(toCreate));
            } catch (WxErrorException e) {
                if (e.getError().getErrorCode() != TAG_NAME_EXISTS) {
                    throw e;
                }
                found.putAll(lookUp(toCreate));
            }
        }
        List<String> unresolved = missing.stream().filter(n -> !found.containsKey(n)).toList();
        if (!unresolved.isEmpty()) {
            throw new IllegalStateException("wecom corp tags could not be created: " + unresolved);
        }
        return found;
    }

    /** Reads the group's live tags from get_corp_tag_list and caches every one of them. */
    private Map<String, String> lookUp(List<String> wanted) throws WxErrorException {
        Map<String, String> found = new LinkedHashMap<>();
        WxCpUserExternalTagGroupList list = cp.getExternalContactService().getCorpTagList(null);
        for (WxCpUserExternalTagGroupList.TagGroup group : groups(list)) {
            if (groupName.equals(group.getGroupName()) && !Boolean.TRUE.equals(group.getDeleted())
                    && group.getTag() != null) {
                for (WxCpUserExternalTagGroupList.TagGroup.Tag tag : group.getTag()) {
                    if (!Boolean.TRUE.equals(tag.getDeleted())) {
                        cache.put(cacheKey(tag.getName()), tag.getId(), CACHE_TTL);
                        if (wanted.contains(tag.getName())) {
                            found.put(tag.getName(), tag.getId());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** add_corp_tag by group_name: WeCom creates the group, or adds to the group of that name when it exists. */
    private Map<String, String> create(List<String> names) throws WxErrorException {
        WxCpUserExternalTagGroupInfo.TagGroup group = new WxCpUserExternalTagGroupInfo.TagGroup();
        group.setGroupName(groupName);
        List<WxCpUserExternalTagGroupInfo.Tag> tags = new ArrayList<>();
        for (String name : names) {
            WxCpUserExternalTagGroupInfo.Tag tag = new WxCpUserExternalTagGroupInfo.Tag();
            tag.setName(name);
            tags.add(tag);
        }
        group.setTag(tags);
        WxCpUserExternalTagGroupInfo request = new WxCpUserExternalTagGroupInfo();
        request.setTagGroup(group);
        WxCpUserExternalTagGroupInfo created = cp.getExternalContactService().addCorpTag(request);
        Map<String, String> ids = new LinkedHashMap<>();
        if (created.getTagGroup() != null && created.getTagGroup().getTag() != null) {
            for (WxCpUserExternalTagGroupInfo.Tag tag : created.getTagGroup().getTag()) {
                cache.put(cacheKey(tag.getName()), tag.getId(), CACHE_TTL);
                ids.put(tag.getName(), tag.getId());
            }
        }
        return ids;
    }

    private static List<WxCpUserExternalTagGroupList.TagGroup> groups(WxCpUserExternalTagGroupList list) {
        return list == null || list.getTagGroupList() == null ? List.of() : list.getTagGroupList();
    }

    private static boolean isValidName(String name) {
        return name != null && !name.isBlank()
                && name.strip().codePointCount(0, name.strip().length()) <= MAX_TAG_NAME_CHARS;
    }

    private String cacheKey(String tagName) {
        return "wecom:corp-tag:" + cp.getWxCpConfigStorage().getCorpId() + ":" + groupName + ":" + tagName;
    }
}
